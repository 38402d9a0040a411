-- Generic cell rate algorithm: one key per caller holding the theoretical arrival time (ms).
-- KEYS[1] the caller's key; ARGV[1] emission interval in ms (60000 / limit); ARGV[2] burst size.
-- Returns {allowed (1/0), milliseconds to wait before retrying}. Redis's own clock is used so
-- every API instance agrees on time.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local allow_at = tat - (burst - 1) * interval
if now < allow_at then
  return {0, allow_at - now}
end
local new_tat = tat + interval
redis.call('SET', KEYS[1], new_tat, 'PX', math.ceil(new_tat - now) + 1000)
return {1, 0}
