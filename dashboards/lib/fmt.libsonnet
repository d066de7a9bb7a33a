// @purpose Explicit number formatting, so every Jsonnet engine renders the same text (engines differ on
// float-to-string conversion: 0.95 can become "0.94999999999999996").
{
  // @simple num(0.7) == '0.7', num(95) == '95', num(1.25, 1) == '1.3'
  num(x, decimals=null)::
    assert std.isNumber(x) : 'fmt.num expects a number, got ' + std.type(x);
    if decimals != null then std.format('%.' + decimals + 'f', [x])
    else if std.floor(x) == x then std.format('%d', [x])
    else std.rstripChars(std.format('%.4f', [x]), '0'),

  // @simple pct(95) == '95%'
  pct(x):: self.num(x) + '%',
}
