import { domainToASCII } from 'node:url';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Scheme, user-info, port, path, query and fragment dropped from a trimmed input (SPEC §2.6). */
function hostPart(input: string): string {
  let host = input.trim().replace(SCHEME, '');
  host = host.split(/[/?#\\]/, 1)[0] ?? '';
  host = host.slice(host.lastIndexOf('@') + 1);
  return host.replace(/:\d*$/, '');
}

/**
 * Normalises an account domain (SPEC §2.6): `https://www.Acme.com/foo?x=1` → `acme.com`.
 * Returns null when what remains is not a hostname with at least one dot and valid labels.
 *
 * The host goes through WHATWG URL host processing (UTS-46: case folding, NFC, width mapping,
 * ignored code points such as the soft hyphen and zero-width space dropped, `。` read as a dot,
 * punycode encoded and existing punycode checked), so every spelling a browser treats as the same
 * host is the same account: `ａｃｍｅ.com`, `ac\u00adme.com` and `acme.com` are one key, and an
 * invalid punycode label such as `xn--a` is refused. `www.` and the trailing dot are stripped after
 * that mapping, so a fullwidth `ｗｗｗ．` goes too. See docs/request-values.md.
 */
export function normalizeDomain(input: string): string | null {
  const host = hostPart(input);
  // A browser drops tabs and newlines inside a host; in a pushed domain they mean a malformed field.
  // (Other whitespace is UTS-46's to judge: a space is forbidden, U+FEFF ignored, as in a browser.)
  if (host === '' || /[\t\n\r]/.test(host)) return null;
  let ascii = domainToASCII(host);
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  // Repeatedly, so that normalising a stored domain again never changes it (www.www.x.com → x.com).
  while (ascii.startsWith('www.')) ascii = ascii.slice(4);
  if (ascii === '' || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // An all-numeric last label is an IP address, not a company's domain.
  if (/^\d+$/.test(labels[labels.length - 1])) return null;
  return ascii;
}
