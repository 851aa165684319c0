/**
 * Versioned classification catalogs (政府收支分类科目) with typed lookups.
 * `system`: functional 支出功能分类 (类/款/项) or economic 部门预算支出经济分类 (款/项).
 */
import { ADMIN_PATTERN_SECTIONS, FUNCTIONAL_CATALOG_TEXT } from './functional-data.ts';
import { ECONOMIC_CATALOG_TEXT } from './economic-data.ts';

export type ClassificationSystem = 'functional' | 'economic';
export type CodeLevel = 'class' | 'section' | 'item'; // 类 / 款 / 项 (economic: 款 = class, 项 = section)

export interface CatalogEntry {
  readonly system: ClassificationSystem;
  readonly code: string;
  readonly name: string;
  readonly level: CodeLevel;
  readonly parent: string | null;
  /** Earlier or alternative names (renames keep the old name here). */
  readonly aliases: readonly string[];
  readonly validFrom: number | null;
  readonly validTo: number | null;
  /** 'observed' = printed in a published document or the MOF list; 'pattern' = derived from the 款 pattern. */
  readonly provenance: 'observed' | 'pattern';
}

function levelOf(system: ClassificationSystem, code: string): CodeLevel {
  if (system === 'economic') return code.length === 3 ? 'class' : 'section';
  return code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item';
}

function parentOf(system: ClassificationSystem, code: string): string | null {
  if (system === 'economic') return code.length === 5 ? code.slice(0, 3) : null;
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

function parseCatalog(system: ClassificationSystem, text: string): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const [head = '', range = '', ...aliases] = trimmed.split('|').map((s) => s.trim());
    const m = /^(\d{3,7})\s+(.+)$/.exec(head);
    if (!m?.[1] || !m[2]) throw new Error(`bad catalog line: ${line}`);
    const [from, to] = range ? range.split('-') : ['', ''];
    out.push({
      system,
      code: m[1],
      name: m[2],
      level: levelOf(system, m[1]),
      parent: parentOf(system, m[1]),
      aliases,
      validFrom: from ? Number(from) : null,
      validTo: to ? Number(to) : null,
      provenance: 'observed',
    });
  }
  return out;
}

function withAdminPattern(entries: CatalogEntry[]): CatalogEntry[] {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const extra: CatalogEntry[] = [];
  for (const section of ADMIN_PATTERN_SECTIONS) {
    const parent = byCode.get(section);
    if (!parent) continue;
    const base = parent.name.replace(/支出$/, '');
    const items: [string, string][] = [
      ['01', '行政运行'],
      ['02', '一般行政管理事务'],
      ['03', '机关服务'],
      ['50', '事业运行'],
      ['99', `其他${base}支出`],
    ];
    for (const [suffix, name] of items) {
      const code = section + suffix;
      if (byCode.has(code)) continue;
      extra.push({
        ...parent,
        code,
        name,
        level: 'item',
        parent: section,
        aliases: [],
        provenance: 'pattern',
      });
    }
  }
  return [...entries, ...extra];
}

const ALL: readonly CatalogEntry[] = [
  ...withAdminPattern(parseCatalog('functional', FUNCTIONAL_CATALOG_TEXT)),
  ...parseCatalog('economic', ECONOMIC_CATALOG_TEXT),
];

const BY_KEY = new Map<string, CatalogEntry[]>();
for (const e of ALL) {
  const key = `${e.system}:${e.code}`;
  const list = BY_KEY.get(key) ?? [];
  list.push(e);
  BY_KEY.set(key, list);
}

function validIn(e: CatalogEntry, year: number | null): boolean {
  if (year === null) return true;
  return (e.validFrom === null || year >= e.validFrom) && (e.validTo === null || year <= e.validTo);
}

/** Normalise a 科目 name for comparison: no whitespace, half-width brackets, no trailing ordinal. */
export function normalizeSubjectName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[(]/g, '（')
    .replace(/[)]/g, '）')
    .replace(/^[一二三四五六七八九十]+、/, '');
}

/** The entry for a code in a year (null when the code is not in that year's catalog). */
export function lookupCode(
  system: ClassificationSystem,
  code: string,
  year: number | null = null,
): CatalogEntry | null {
  const list = BY_KEY.get(`${system}:${code}`) ?? [];
  return list.find((e) => validIn(e, year)) ?? null;
}

/** True when the code exists in some year of the catalog (used to say "已停用" rather than "不存在"). */
export function codeKnownInAnyYear(system: ClassificationSystem, code: string): boolean {
  return BY_KEY.has(`${system}:${code}`);
}

export function parentCode(system: ClassificationSystem, code: string): string | null {
  return parentOf(system, code);
}

export function codeLevel(system: ClassificationSystem, code: string): CodeLevel {
  return levelOf(system, code);
}

/** Codes whose name (or alias) equals the given name, optionally under a parent code. */
export function codesByName(
  system: ClassificationSystem,
  name: string,
  options: { year?: number | null; parent?: string | null; level?: CodeLevel } = {},
): CatalogEntry[] {
  const wanted = normalizeSubjectName(name);
  const withoutSuffix = wanted.replace(/支出$/, '');
  return ALL.filter((e) => {
    if (e.system !== system) return false;
    if (options.level && e.level !== options.level) return false;
    if (options.parent !== undefined && options.parent !== null && e.parent !== options.parent) return false;
    if (!validIn(e, options.year ?? null)) return false;
    const names = [e.name, ...e.aliases].map(normalizeSubjectName);
    return names.some((n) => n === wanted || n.replace(/支出$/, '') === withoutSuffix);
  });
}

/** All entries of a system valid in a year. */
export function catalogEntries(system: ClassificationSystem, year: number | null = null): CatalogEntry[] {
  return ALL.filter((e) => e.system === system && validIn(e, year));
}

/** Functional 类 code for a printed 01/04 expenditure line such as "十九、住房保障支出". */
export function classCodeForLabel(label: string, year: number | null = null): string | null {
  const hits = codesByName('functional', label, { year, level: 'class' });
  return hits[0]?.code ?? null;
}
