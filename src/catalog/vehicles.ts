/** Vehicle categories of the 【资产】 sentence (国有资产占用情况) by template (narrative.md §2.12). */

/** Hunan 2020–2021 (and earlier). */
export const VEHICLES_UNTIL_2021: readonly string[] = [
  '主要领导干部用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '其他用车',
];

/** Hunan from 2023 (2022 documents use either list). */
export const VEHICLES_FROM_2023: readonly string[] = [
  '副部（省）级及以上领导用车',
  '主要负责人用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部服务用车',
  '其他用车',
];

/** The national / Shanghai pattern. */
export const VEHICLES_SHANGHAI: readonly string[] = [
  '部级领导干部用车',
  '主要领导干部用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部用车',
  '其他用车',
];

/** The Hunan list a document of this year is expected to use; null for 2022, when both occur. */
export function hunanVehicleCategories(year: number): readonly string[] | null {
  if (year <= 2021) return VEHICLES_UNTIL_2021;
  if (year >= 2023) return VEHICLES_FROM_2023;
  return null;
}
