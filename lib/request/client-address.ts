import ipaddr from 'ipaddr.js';

/**
 * The key a client is counted under for limits and reports. IPv4 addresses count one each;
 * IPv6 clients are grouped by their /64, because one home or phone gets a whole /64 and can
 * pick a new address in it at will. IPv4-mapped IPv6 (::ffff:1.2.3.4) counts as the IPv4.
 */
export function clientKey(address: string): string {
  const value = address.trim();
  if (!ipaddr.isValid(value)) return value === '' ? 'unknown' : `other:${value}`;
  let parsed = ipaddr.parse(value);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
