/**
 * Build a disclosure from data: validate the input, compute every figure, write the narrative, render, then read
 * the output back with juesuan's own reader and audit it. Anything the auditor would report as an error or a
 * warning refuses the build, located at the input that caused it; nothing is written then.
 */
import type { z } from 'zod';
import type { Disclosure } from '../model/document.ts';
import type { Finding } from '../model/finding.ts';
import { parseTextDisclosure } from '../ingest/text/index.ts';
import { runRules } from '../rules/engine.ts';
import { allRules } from '../rules/index.ts';
import { BuildRefused, compute, type Problem } from './compute.ts';
import { DisclosureData } from './data.ts';
import { writeNarrative } from './narrative.ts';
import { writeNationalNarrative } from './narrative-national.ts';
import { layoutDocument, type Block, type GenDocument } from './layout.ts';
import { renderText } from './text.ts';
import { computePerformance, performanceBlocks } from './perf.ts';
import { chineseNumber } from './compute.ts';

export { BuildRefused, type Problem } from './compute.ts';

export interface Built {
  readonly data: DisclosureData;
  /** The format-neutral document every renderer draws. */
  readonly layout: GenDocument;
  /** The disclosure as text (the seed layout). */
  readonly text: string;
  /** The text read back by the reader: what `check` sees. */
  readonly document: Disclosure;
  /** Notes the auditor still has (style only: errors and warnings refuse the build). */
  readonly notes: readonly Finding[];
  /** Suggested file stem: "青山县农业农村局-2021年度部门决算". */
  readonly name: string;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${String(k)}]` : s === '' ? String(k) : `${s}.${String(k)}`),
    '',
  );
}

/** Zod issues as located problems in Chinese. */
function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((i) => {
    const path = zodPath(i.path);
    const message =
      (i.code === 'invalid_type' || i.code === 'invalid_union') && i.input === undefined
        ? '缺少必填项'
        : i.code === 'invalid_type'
          ? `类型不对（应为${i.expected === 'number' ? '数字' : i.expected === 'string' ? '文本' : i.expected === 'array' ? '列表' : i.expected}）`
          : i.code === 'invalid_value'
            ? `取值应为 ${i.values.map(String).join(' / ')}`
            : i.code === 'unrecognized_keys'
              ? `无法识别的字段：${i.keys.join('、')}`
              : // our own messages and refinements speak Chinese; zod's defaults do not
                /[\u4e00-\u9fff]/.test(i.message)
                ? i.message
                : i.code === 'too_small' || i.code === 'too_big'
                  ? `${i.code === 'too_small' ? '太小或太短' : '太大或太长'}（${String(i.code === 'too_small' ? i.minimum : i.maximum)}）`
                  : '格式或取值不符合要求';
    return { path: path || '（根）', message };
  });
}

/** The 自评结果 and 自评表 appended to 第五部分 附件. */
function withPerformance(layout: GenDocument, blocks: readonly Block[]): GenDocument {
  if (blocks.length === 0) return layout;
  return {
    ...layout,
    parts: layout.parts.map((p) => (p.label === '第五部分' ? { ...p, blocks: [...p.blocks, ...blocks] } : p)),
  };
}

/** Validate and build; throws BuildRefused with every problem found. */
export function build(input: unknown, file = 'data.json'): Built {
  const parsed = DisclosureData.safeParse(input);
  if (!parsed.success) throw new BuildRefused(schemaProblems(parsed.error));
  const data = parsed.data;
  const computed = compute(data);
  const { sections, problems } =
    data.settings.template === 'national-11' ? writeNationalNarrative(computed) : writeNarrative(computed);
  const perf = computePerformance(data);
  // every contradiction and every missing fact at once, so that one round of corrections is enough
  if (computed.problems.length > 0 || problems.length > 0 || perf.problems.length > 0)
    throw new BuildRefused([...computed.problems, ...problems, ...perf.problems]);
  const layout = withPerformance(
    layoutDocument(computed, sections),
    performanceBlocks(perf, chineseNumber(data.annex.sections.length + 1)),
  );
  const rendered = renderText(layout);
  const kind = data.settings.entityKind === 'unit' ? '单位' : '部门';
  const name = `${data.settings.department}-${data.settings.year}年度${kind}决算`;
  const document = parseTextDisclosure(Buffer.from(rendered.text), `${name}.txt`);
  const { findings } = runRules(document, allRules);
  const blocking = findings.filter((f) => f.severity !== 'note');
  if (blocking.length > 0) {
    throw new BuildRefused(
      blocking.map((f) => {
        const origin = f.locations
          .map((l) => (l.line ? rendered.origins.get(l.line) : undefined))
          .find((o) => o !== undefined);
        return { path: origin ?? file, message: `${f.ruleId} ${f.message}` };
      }),
    );
  }
  return { data, layout, text: rendered.text, document, notes: findings, name };
}
