/** The 附件 of the clean 2021 document as a stand-alone 绩效自评报告 (its report text and 自评表 only). */
import { cleanDoc, DocBuilder } from './builder.ts';

export function standaloneReport(edit: (text: string) => string = (t) => t): DocBuilder {
  const text = cleanDoc().text;
  const annex = text.slice(text.indexOf('2021年度部门整体支出绩效评价报告', text.indexOf('第五部分')));
  return new DocBuilder(
    edit(
      annex.replace('2021年度部门整体支出绩效评价报告', '青山县农业农村局2021年度部门整体支出绩效自评报告'),
    ),
    'report.txt',
  );
}
