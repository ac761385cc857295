// Where the API may send requests of an admin's choosing (webhooks): never to the machine itself,
// the private network or the cloud's metadata address (SSRF), unless the installation allows it.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv6");
}

/** True for loopback, private, link-local, shared, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return privateRanges.check(mapped[1], "ipv4");
    return privateRanges.check(address, "ipv6");
  }
  return privateRanges.check(address, "ipv4");
}

export interface OutboundPolicy {
  /** Production: only https. */
  httpsOnly: boolean;
  /** Development and tests (or an installation that wants receivers on its own network). */
  allowPrivateAddresses: boolean;
}

export class RefusedAddressError extends Error {
  override name = "RefusedAddressError";
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, "");

/** Every address the URL's host stands for; refuses the URL when any of them may not be reached. */
export async function checkOutboundUrl(
  raw: string,
  policy: OutboundPolicy,
  resolve: (host: string) => Promise<string[]> = resolveAll,
): Promise<void> {
  const url = new URL(raw);
  if (url.protocol !== "https:" && (policy.httpsOnly || url.protocol !== "http:")) {
    throw new RefusedAddressError("Only https URLs are allowed");
  }
  if (policy.allowPrivateAddresses) return;
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (addresses.length === 0) throw new RefusedAddressError(`${host} does not resolve`);
  const refused = addresses.find(isPrivateAddress);
  if (refused) throw new RefusedAddressError(`${host} resolves to ${refused}, a private or local address`);
}

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses: LookupAddress[]) =>
      error
        ? reject(new RefusedAddressError(`${host} does not resolve`))
        : resolve(addresses.map((a) => a.address)),
    ),
  );
}

/**
 * A `lookup` for node:http(s) that checks the addresses the connection is about to use: the check
 * at connection time, so a name that resolved to a public address when registered and to a private
 * one now (DNS rebinding) is refused.
 */
export function guardedLookup(policy: OutboundPolicy) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, []);
      const refused = policy.allowPrivateAddresses
        ? undefined
        : addresses.find((a) => isPrivateAddress(a.address));
      if (refused) {
        return callback(
          new RefusedAddressError(`${hostname} resolves to ${refused.address}, a private or local address`),
          [],
        );
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new RefusedAddressError(`${hostname} does not resolve`), []);
      callback(null, first.address, first.family);
    });
  };
}
