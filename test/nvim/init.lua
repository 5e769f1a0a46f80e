-- Neovim (0.7+) as a second real LSP client of the Sourcelens server, run headless by
-- test/server/nvim.test.ts:
--
--   SOURCELENS_NODE=node SOURCELENS_SERVER=dist/server.js SOURCELENS_FILE=x.news \
--   SOURCELENS_HOVER='{"line":3,"character":5}' SOURCELENS_OUT=/tmp/out.json \
--   nvim --headless -n -i NONE -u test/nvim/init.lua
--
-- Opens the file with filetype `sourcelens`, starts the server over stdio, waits for the
-- client to attach, asks for a hover and the document symbols, waits for diagnostics, writes
-- everything as JSON to SOURCELENS_OUT and quits (exit 0; `cquit` on a Lua error, with the
-- error in the JSON). Every wait is bounded and polls with vim.wait, no fixed sleeps.

local env = function(name)
  local value = os.getenv(name)
  if value == nil or value == '' then error('missing environment variable ' .. name) end
  return value
end

local out_path = os.getenv('SOURCELENS_OUT') or 'sourcelens-nvim.json'
local result = { nvim = vim.version(), events = {} }
local timeout = tonumber(os.getenv('SOURCELENS_TIMEOUT_MS') or '20000')

local function note(event)
  table.insert(result.events, { event = event, ms = math.floor(vim.loop.hrtime() / 1e6) })
end

local function write_result()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

--- Sends a request and waits for the answer (bounded); returns the result or raises.
local function request(bufnr, client_id, method, params)
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not answers then error(method .. ': ' .. tostring(err)) end
  local answer = answers[client_id]
  if not answer then error(method .. ': no answer from the sourcelens client') end
  if answer.err then error(method .. ': ' .. vim.inspect(answer.err)) end
  return answer.result
end

local function main()
  local file = env('SOURCELENS_FILE')
  local hover_at = vim.fn.json_decode(env('SOURCELENS_HOVER'))

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'sourcelens'

  local initialized, attached, exited = false, false, nil
  local client_id = vim.lsp.start_client({
    name = 'sourcelens',
    cmd = { env('SOURCELENS_NODE'), env('SOURCELENS_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    settings = { sourcelens = vim.empty_dict() },
    on_init = function() initialized = true end,
    on_attach = function() attached = true end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then error('vim.lsp.start_client did not start the server') end
  note('started')
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(timeout, function() return (initialized and attached) or exited ~= nil end, 20) then
    error('the client did not attach within ' .. timeout .. ' ms')
  end
  if exited then error('the server exited: ' .. vim.inspect(exited)) end
  note('attached')
  local client = vim.lsp.get_client_by_id(client_id)
  local capabilities = client.server_capabilities or {}
  result.capabilities = vim.tbl_keys(capabilities)
  table.sort(result.capabilities)

  local text_document = { uri = vim.uri_from_bufnr(bufnr) }
  result.hover = request(bufnr, client_id, 'textDocument/hover', { textDocument = text_document, position = hover_at })
  note('hover')
  result.symbols = request(bufnr, client_id, 'textDocument/documentSymbol', { textDocument = text_document })
  note('symbols')

  if not vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    error('no diagnostics within ' .. timeout .. ' ms')
  end
  note('diagnostics')
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, message = d.message,
      code = d.code or lsp.code,
    })
  end
  result.ok = true
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(main)
    if not ok then
      result.ok = false
      result.error = tostring(err)
    end
    local written, werr = pcall(write_result)
    if not written then io.stderr:write('cannot write ' .. out_path .. ': ' .. tostring(werr) .. '\n') end
    vim.cmd(ok and written and 'qall!' or 'cquit 1')
  end,
})
