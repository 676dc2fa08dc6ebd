-- wrk script: cycles through the request paths listed in the file BENCH_PATHS, starting each
-- thread at a different place. BENCH_DELAY_MS, when set, pauses each connection between
-- requests, which holds the load below the maximum.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" then
        paths[#paths + 1] = line
    end
end
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local next_path = 0

function setup(thread)
    thread:set("offset", math.random(#paths))
end

function init(args)
    next_path = tonumber(wrk.thread:get("offset")) or 0
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path], { ["Accept"] = "application/json" })
end

if pause > 0 then
    function delay()
        return pause
    end
end
