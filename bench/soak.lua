-- Mixed traffic for bench/soak.sh: pages, API, feeds, calendar, search and subscribe POSTs, in a fixed rotation.
-- Counts every answer by status; subscribe answers 429 once the per-client limit is reached (expected).
-- PLACE and MEASURE (slugs) come from the environment.
local place = os.getenv("SOAK_PLACE") or "san-francisco-ca"
local measure = os.getenv("SOAK_MEASURE") or "1"
local paths = {
  "/", "/j/" .. place, "/m/" .. measure, "/api/measures", "/api/measures?page=2&size=50", "/api/jurisdictions",
  "/api/measures/" .. measure, "/feeds/changes.atom", "/feeds/j/" .. place .. ".atom", "/hearings",
  "/hearings/calendar.ics", "/map", "/about", "/sources", "/coverage", "/search?q=face+recognition",
  "/export/measures.csv", "/alerts/subscribe", "POST",
}
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  subscribes = 0
end

function request()
  counter = counter + 1
  local p = paths[(counter % #paths) + 1]
  if p == "POST" then
    subscribes = subscribes + 1
    local body = "email=soak-" .. tid .. "-" .. counter .. "%40bench.invalid&scope=everything&kinds=status&cadence=immediate"
    last_post = true
    return wrk.format("POST", "/alerts/subscribe", {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
  end
  last_post = false
  return wrk.format("GET", p)
end

function response(status, headers, body)
  local key = tostring(status)
  if status == 429 then key = "429" end
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
  end
  local line = "STATUS"
  for k, v in pairs(total) do line = line .. " " .. k .. "=" .. v end
  io.write(line .. "\n")
  io.write(string.format("SUMMARY requests=%d seconds=%.1f errors=%d p99ms=%.1f\n", summary.requests,
    summary.duration / 1e6, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, latency:percentile(99) / 1000))
end
