-- wrk script: POST varied housing-farm assessments to /sites/{site}/assessments.
-- Bodies are read once per thread from $PASHM_BENCH_VARIANTS/NNNN.json and cycled.
local dir = os.getenv("PASHM_BENCH_VARIANTS")
local site = os.getenv("PASHM_BENCH_SITE")
local count = tonumber(os.getenv("PASHM_BENCH_COUNT") or "200")
local token = os.getenv("PASHM_BENCH_TOKEN")
-- "minimal" sends Prefer: return=minimal (the answer without the report); anything else asks for the full report.
local prefer = os.getenv("PASHM_BENCH_PREFER")
local bodies = {}
local next_body = 1

function init(args)
  for i = 0, count - 1 do
    local f = assert(io.open(string.format("%s/%04d.json", dir, i), "r"))
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
  next_body = math.random(#bodies)
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
  if prefer == "minimal" then headers["Prefer"] = "return=minimal" end
  return wrk.format("POST", "/sites/" .. site .. "/assessments", headers, body)
end

local failures = 0
function response(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("unexpected status " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
end
