// fundline/fundline.hpp - everything, for programs that want one include.
#pragma once

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/error.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/data/bundled.hpp"
#include "fundline/fx/ecb_file.hpp"
#include "fundline/io/json.hpp"
#include "fundline/model/company.hpp"
#include "fundline/model/investor.hpp"
#include "fundline/model/round.hpp"
#include "fundline/model/round_type.hpp"
#include "fundline/model/source.hpp"
