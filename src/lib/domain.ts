import punycode from 'punycode/punycode.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Normalises an account domain (SPEC §2.6): `https://www.Acme.com/foo?x=1` → `acme.com`.
 * Returns null when what remains is not a hostname with at least one dot and valid labels.
 */
export function normalizeDomain(input: string): string | null {
  let host = input.trim().toLowerCase().replace(SCHEME, '');
  host = host.split(/[/?#\\]/, 1)[0] ?? '';
  host = host.slice(host.lastIndexOf('@') + 1);
  host = host.replace(/:\d*$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  // Repeatedly, so that normalising a stored domain again never changes it (www.www.x.com → x.com).
  while (host.startsWith('www.')) host = host.slice(4);
  if (host === '' || /\s/.test(host)) return null;
  let ascii: string;
  try {
    ascii = punycode.toASCII(host);
  } catch {
    return null;
  }
  if (ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // An all-numeric last label is an IP address, not a company's domain.
  if (/^\d+$/.test(labels[labels.length - 1])) return null;
  return ascii;
}
