/**
 * A small, safe XML reader for the parts of OOXML packages: elements, attributes, text and CDATA into a tree.
 * Only the five predefined entities and character references are expanded; a DOCTYPE or ENTITY declaration is
 * refused (no entity expansion, no external resources), and so is nesting deeper than a fixed limit.
 */
import { InputError } from './errors.ts';

export interface XmlElement {
  /** Qualified name as written ("w:p"). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

const MAX_DEPTH = 512;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    }
    return PREDEFINED[ref] ?? whole;
  });
}

/** Bytes of an XML part as text: UTF-8, or UTF-16 with a byte-order mark. */
export function decodeXml(bytes: Uint8Array, file: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, '文件内的 XML 编码有误，无法读取');
  }
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parse an XML document into its root element. */
export function parseXml(text: string, file: string): XmlElement {
  const bad = (what = 'XML 结构损坏'): InputError => new InputError(file, `文件内的${what}，无法读取`);
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const top = stack[stack.length - 1] ?? root;
    if (lt < 0) {
      const rest = text.slice(i);
      if (rest.trim() !== '') top.children.push(decodeEntities(rest));
      break;
    }
    if (lt > i) top.children.push(decodeEntities(text.slice(i, lt)));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) throw bad();
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw bad();
      top.children.push(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) throw bad();
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      // <!DOCTYPE …> or <!ENTITY …>: never expanded, always refused
      throw new InputError(file, '文件内的 XML 含 DOCTYPE/ENTITY 声明，出于安全考虑不予读取');
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) throw bad();
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw bad();
      i = end + 1;
    } else {
      // find the end of the tag, skipping '>' inside quoted attribute values
      let j = lt + 1;
      let quote = '';
      for (; j < n; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (j >= n) throw bad();
      let body = text.slice(lt + 1, j);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const m = /^[^\s/>]+/.exec(body);
      if (!m) throw bad();
      const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const a of body.slice(m[0].length).matchAll(ATTR)) {
        const key = a[1] ?? '';
        attrs[key] = decodeEntities(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: m[0], attrs, children: [] };
      top.children.push(el);
      if (!selfClosing) {
        stack.push(el);
        if (stack.length > MAX_DEPTH) throw bad('XML 嵌套过深');
      }
      i = j + 1;
    }
  }
  if (stack.length !== 1) throw bad();
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw bad();
  return first;
}

/** Local name without the namespace prefix ("w:p" → "p"). */
export function localName(el: XmlElement): string {
  const k = el.name.indexOf(':');
  return k < 0 ? el.name : el.name.slice(k + 1);
}

/** Child elements, optionally only those with a given qualified name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** An attribute by qualified name, or by local name when the prefix differs. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.attrs[name];
  if (v !== undefined) return v;
  const local = name.slice(name.indexOf(':') + 1);
  for (const [k, val] of Object.entries(el.attrs)) if (k.slice(k.indexOf(':') + 1) === local) return val;
  return undefined;
}
