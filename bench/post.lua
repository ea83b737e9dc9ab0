-- wrk script: sends tribute forms loaded beforehand by `java bench/WallLoad.java ... forms`, each
-- exactly once, spread over wrk's threads and connections. Each thread keeps its count of
-- answers in the file MARKS<thread>: "acknowledged (302) other"; wall.sh watches the files and
-- ends wrk when every form is answered or the answers stop. Arguments after --: FORMS_FILE THREADS MARKS
local threadCount = 0

function setup(thread)
  threadCount = threadCount + 1
  thread:set("tid", threadCount)
end

local forms, sent, acknowledged, other = {}, 0, 0, 0

function init(args)
  -- wrk calls the first thread's request() once before it starts, only to check it: that call
  -- gets no form.
  checking = (tid == 1)
  local file, threads = args[1], tonumber(args[2])
  marks = args[3]
  local line_number = 0
  for line in io.lines(file) do
    if line_number % threads == tid - 1 then
      local cookie, csrf, ticket, message = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      forms[#forms + 1] = wrk.format("POST", "/tributes",
        { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
        "_csrf=" .. csrf .. "&ticket=" .. ticket .. "&website=&message=" .. message)
    end
    line_number = line_number + 1
  end
end

function request()
  if checking then
    checking = false
    return wrk.format("GET", "/robots.txt")
  end
  sent = sent + 1
  if sent <= #forms then
    return forms[sent]
  end
  -- Every form is on its way: the connection asks for the lightest page, slowly (see delay),
  -- until wall.sh ends wrk.
  return wrk.format("GET", "/robots.txt")
end

-- A connection with no form left to send waits half a second between requests, so that it
-- takes no time from the posts still on their way.
function delay()
  if sent >= #forms then
    return 500
  end
  return 0
end

function response(status, headers, body)
  if sent > #forms and status == 200 then
    return
  end
  if status == 302 then
    acknowledged = acknowledged + 1
  else
    other = other + 1
  end
  -- Written every 25 answers, and at each answer once every form is sent, so that counting
  -- takes little from the site on the same cores and the last count is always written.
  if (acknowledged + other) % 25 == 0 or sent >= #forms then
    local mark = io.open(marks .. tid, "w")
    mark:write(acknowledged, " ", other, "\n")
    mark:close()
  end
end
