// The ecosystem workload (bench/README.md) in DuckDB SQL, all threads.
// usage: node duckdb_anchor.mjs DATA_DIR ECB_CSV   (run_bench.py installs @duckdb/node-api)
import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';

const [dataDir, ecbPath] = process.argv.slice(2);
const literal = (s) => `'${s.replaceAll("'", "''")}'`;
const db = await (await DuckDBInstance.create(':memory:')).connect();
const all = async (sql) => (await db.runAndReadAll(sql)).getRows();

// Every ECB (day, currency, rate in millionths) with a rate.
await db.run(`CREATE TABLE rates AS
  SELECT "Date"::DATE AS day, code, (rate::DECIMAL(38, 6) * 1000000)::HUGEINT AS micro
  FROM (UNPIVOT (FROM read_csv(${literal(ecbPath)}, header = true, all_varchar = true))
        ON COLUMNS(* EXCLUDE ("Date")) INTO NAME code VALUE rate)
  WHERE rate IS NOT NULL AND rate <> '' AND rate <> 'N/A'`);
await db.run(`CREATE TABLE rounds AS
  SELECT company_uuid AS company, announced_on::DATE AS day, raised_amount_usd::BIGINT AS usd,
    CASE WHEN raised_amount IS NOT NULL AND raised_amount_currency_code IS NOT NULL
         THEN raised_amount::BIGINT ELSE raised_amount_usd::BIGINT END AS amount,
    CASE WHEN raised_amount IS NOT NULL AND raised_amount_currency_code IS NOT NULL
         THEN raised_amount_currency_code ELSE 'USD' END AS code
  FROM read_csv(${literal(path.join(dataDir, 'funding_rounds.csv'))}, header = true,
    types = {'raised_amount_usd': 'BIGINT', 'raised_amount': 'BIGINT', 'announced_on': 'DATE'})`);
// Disclosed rounds in euro cents: half up, in exact integers.
await db.run(`CREATE TABLE euros AS
  SELECT r.company, r.day,
    CASE WHEN r.code = 'EUR' THEN r.amount::HUGEINT * 100
         ELSE (r.amount::HUGEINT * 200000000 + x.micro) // (2 * x.micro) END AS cents
  FROM (FROM rounds WHERE amount IS NOT NULL) r
  ASOF LEFT JOIN rates x ON r.code = x.code AND r.day >= x.day`);

const lines = [];
const [[n, companies, undisclosed, usd]] = await all(`SELECT count(*), count(DISTINCT company),
  count(*) FILTER (WHERE amount IS NULL), coalesce(sum(usd), 0)::HUGEINT FROM rounds`);
const [[total]] = await all(`SELECT coalesce(sum(cents), 0) FROM euros`);
lines.push(`rounds ${n}`, `companies ${companies}`, `undisclosed ${undisclosed}`, `total_usd ${usd}`,
  `total_eur_cents ${total}`);
for (const [year, cents] of await all(`SELECT year(day), sum(cents) FROM euros GROUP BY 1 ORDER BY 1`))
  lines.push(`year ${year} ${cents}`);
let rank = 0;
for (const [company, cents] of await all(`SELECT company, sum(cents) AS s FROM euros GROUP BY 1
    ORDER BY s DESC, company LIMIT 10`)) lines.push(`top ${++rank} ${company} ${cents}`);
// Raised so far after each day of each company, then one as-of join for all queries.
await db.run(`CREATE TABLE steps AS
  SELECT company, day, sum(sum(cents)) OVER (PARTITION BY company ORDER BY day) AS raised
  FROM euros GROUP BY company, day`);
const [[asked, zeros]] = await all(`SELECT coalesce(sum(coalesce(s.raised, 0)), 0),
    count(*) FILTER (WHERE coalesce(s.raised, 0) = 0)
  FROM read_csv(${literal(path.join(dataDir, 'queries.csv'))}, header = true, types = {'as_of': 'DATE'}) q
  ASOF LEFT JOIN steps s ON q.company_uuid = s.company AND q.as_of >= s.day`);
lines.push(`asof_sum_eur_cents ${asked}`, `asof_zero ${zeros}`);
console.log(lines.join('\n'));
