-- wrk: GET the paths listed in a file, one a line, each connection going round them from its own
-- place, so that consecutive requests on one connection never ask the same search.
-- Usage: wrk ... -s bench/search.lua URL -- PATHS_FILE
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
