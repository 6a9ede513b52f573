// The investor workload (bench/README.md) in DuckDB SQL, all threads.
// usage: node duckdb_investors.mjs DATA_DIR ECB_CSV   (run_bench.py installs @duckdb/node-api)
import { DuckDBInstance } from '@duckdb/node-api';
import path from 'node:path';

const [dataDir, ecbPath] = process.argv.slice(2);
const literal = (s) => `'${s.replaceAll("'", "''")}'`;
const db = await (await DuckDBInstance.create(':memory:')).connect();
const all = async (sql) => (await db.runAndReadAll(sql)).getRows();

await db.run(`CREATE TABLE rates AS
  SELECT "Date"::DATE AS day, code, (rate::DECIMAL(38, 6) * 1000000)::HUGEINT AS micro
  FROM (UNPIVOT (FROM read_csv(${literal(ecbPath)}, header = true, all_varchar = true))
        ON COLUMNS(* EXCLUDE ("Date")) INTO NAME code VALUE rate)
  WHERE rate IS NOT NULL AND rate <> '' AND rate <> 'N/A'`);
await db.run(`CREATE TABLE rounds AS
  SELECT funding_round_uuid AS round, announced_on::DATE AS day,
    CASE WHEN raised_amount IS NOT NULL AND raised_amount_currency_code IS NOT NULL
         THEN raised_amount::BIGINT ELSE raised_amount_usd::BIGINT END AS amount,
    CASE WHEN raised_amount IS NOT NULL AND raised_amount_currency_code IS NOT NULL
         THEN raised_amount_currency_code ELSE 'USD' END AS code
  FROM read_csv(${literal(path.join(dataDir, 'funding_rounds.csv'))}, header = true,
    types = {'raised_amount_usd': 'BIGINT', 'raised_amount': 'BIGINT', 'announced_on': 'DATE'})`);
// Every round in euro cents (0 when undisclosed): half up, in exact integers.
await db.run(`CREATE TABLE euros AS
  SELECT r.round, CASE WHEN r.amount IS NULL THEN 0::HUGEINT
                       WHEN r.code = 'EUR' THEN r.amount::HUGEINT * 100
                       ELSE (r.amount::HUGEINT * 200000000 + x.micro) // (2 * x.micro) END AS cents
  FROM rounds r ASOF LEFT JOIN rates x ON r.code = x.code AND r.day >= x.day`);
await db.run(`CREATE TABLE rows AS
  SELECT funding_round_uuid AS round, investor_uuid AS investor, is_lead_investor = 'True' AS lead
  FROM read_csv(${literal(path.join(dataDir, 'investments.csv'))}, header = true, all_varchar = true)`);
// One row per (round, investor) of a known round, led when any of its rows says so.
await db.run(`CREATE TABLE joined AS
  SELECT round, investor, bool_or(coalesce(lead, false)) AS lead FROM rows SEMI JOIN euros USING (round)
  GROUP BY round, investor`);

const lines = [];
const [[n, orphans]] = await all(`SELECT count(*), count(*) FILTER (WHERE round NOT IN (FROM euros SELECT round))
  FROM rows`);
const [[investors, participations, rounds, led]] = await all(`SELECT count(DISTINCT investor), count(*),
  count(DISTINCT round), count(DISTINCT round) FILTER (WHERE lead) FROM joined`);
lines.push(`investments ${n}`, `orphans ${orphans}`, `investors ${investors}`,
  `participations ${participations}`, `rounds_with_investors ${rounds}`, `rounds_led ${led}`);
let rank = 0;
for (const [investor, count, cents] of await all(`SELECT investor, count(*), sum(cents) AS s
    FROM joined JOIN euros USING (round) GROUP BY investor ORDER BY s DESC, investor LIMIT 10`))
  lines.push(`top_participated ${++rank} ${investor} ${count} ${cents}`);
rank = 0;
for (const [investor, count] of await all(`SELECT investor, count(*) AS c FROM joined WHERE lead
    GROUP BY investor ORDER BY c DESC, investor LIMIT 10`)) lines.push(`top_leads ${++rank} ${investor} ${count}`);
rank = 0;
for (const [a, b, count] of await all(`SELECT x.investor, y.investor, count(*) AS c
    FROM joined x JOIN joined y ON x.round = y.round AND x.investor < y.investor
    GROUP BY 1, 2 ORDER BY c DESC, 1, 2 LIMIT 10`)) lines.push(`top_pairs ${++rank} ${a} ${b} ${count}`);
console.log(lines.join('\n'));
