/** The package version and where its published rule documentation lives. */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

/** Rule pages ship in the npm package (docs/rules/<id>.md); unpkg serves a version's files. */
export function ruleDocUrl(id: string): string {
  return `https://unpkg.com/juesuan@${VERSION}/docs/rules/${id}.md`;
}
