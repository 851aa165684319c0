/** `juesuan.config.json`, found upward from the audited file: rule selection, severities, tolerances. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { AuditConfig } from '../rules/engine.ts';
import { InputError } from '../ingest/errors.ts';

const ConfigFile = z
  .object({
    only: z.array(z.string()).optional(),
    disable: z.array(z.string()).optional(),
    severity: z.record(z.string(), z.enum(['error', 'warning', 'note', 'off'])).optional(),
    tolerances: z.object({ roundingNotes: z.boolean().optional() }).optional(),
  })
  .strict();

export const CONFIG_NAME = 'juesuan.config.json';

export function findConfig(startFile: string): string | null {
  let dir = dirname(resolve(startFile));
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(path: string): AuditConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(path, '配置文件不是有效的 JSON');
  }
  const parsed = ConfigFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      path,
      `配置文件有误：${issue ? `${issue.path.join('.')} ${issue.message}` : '格式不符'}`,
    );
  }
  const c = parsed.data;
  return {
    ...(c.only ? { only: c.only } : {}),
    ...(c.disable ? { disable: c.disable } : {}),
    ...(c.severity ? { severity: c.severity } : {}),
    ...(c.tolerances?.roundingNotes !== undefined
      ? { tolerances: { roundingNotes: c.tolerances.roundingNotes } }
      : {}),
  };
}

/** CLI flags win over the file. */
export function mergeConfig(file: AuditConfig, flags: AuditConfig): AuditConfig {
  return {
    only: [...(file.only ?? []), ...(flags.only ?? [])],
    disable: [...(file.disable ?? []), ...(flags.disable ?? [])],
    severity: { ...file.severity, ...flags.severity },
    tolerances: { ...file.tolerances, ...flags.tolerances },
  };
}
