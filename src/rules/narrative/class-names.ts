/** Resolving a 类 name as written in the narrative ("一般公共服务（类）支出", "社会保障和就业支出") to its code. */
import { codesByName } from '../../catalog/index.ts';

export function classCodeOfPhrase(phrase: string, year: number | null): string | null {
  const name = phrase
    .replace(/[（(]类[）)]/g, '')
    .replace(/^(其中|主要用于)/, '')
    .replace(/\s+/g, '')
    .replace(/支出$/, '');
  if (name === '') return null;
  return codesByName('functional', name, { year, level: 'class' })[0]?.code ?? null;
}
