import { lookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be sent (docs/api.md, "Webhooks", Safety): public unicast addresses only.
 * Private, loopback, link-local, unique-local, CGNAT, multicast and reserved ranges are refused —
 * the ranges as ipaddr.js classifies them — so an endpoint cannot make the server reach inward
 * (SSRF). Loopback is allowed only with WEBHOOK_ALLOW_LOOPBACK=1 (local development, the tests).
 */
export function isPermittedAddress(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = ipaddr.process(address).range();
  return range === 'unicast' || (allowLoopback && range === 'loopback');
}

/** The message of an attempt refused before connecting (also the delivery's `error`). */
export function refusedAddressMessage(host: string, address: string): string {
  return `refused: ${host} resolves to ${address}, which is not a public address`;
}

/** The host of a URL without IPv6 brackets, as DNS and ipaddr.js take it. */
export function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

export class RefusedAddressError extends Error {
  constructor(host: string, address: string) {
    super(refusedAddressMessage(host, address));
    this.name = 'RefusedAddressError';
  }
}

/**
 * A `lookup` for node:http(s) that resolves every address of the host and refuses the connection if
 * any of them is not permitted: the socket then connects to an address this check passed, never to
 * one a second resolution might return (no time-of-check/time-of-use gap).
 */
export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { all: true, verbatim: true, family: options.family }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const refused = addresses.find((entry) => !isPermittedAddress(entry.address, allowLoopback));
      if (refused !== undefined || addresses.length === 0) {
        callback(new RefusedAddressError(hostname, refused?.address ?? 'nothing'), '', 0);
      } else if (options.all === true) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      } else {
        callback(null, addresses[0].address, addresses[0].family);
      }
    });
  };
}
