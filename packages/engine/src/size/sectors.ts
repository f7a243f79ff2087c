/**
 * The canonical sectors the size standards speak of, with the words people use for them.
 * Chinese names are the ones in 工信部联企业〔2011〕300号 and 国统字〔2003〕17号.
 */
export const SECTOR_IDS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transportation',
  'warehousing',
  'post',
  'accommodation',
  'catering',
  'hotels-restaurants',
  'information-transmission',
  'software-it',
  'real-estate-development',
  'property-management',
  'leasing-business-services',
  'other',
] as const;

export type SectorId = (typeof SECTOR_IDS)[number];

export interface SectorEntry {
  readonly id: SectorId;
  /** English label, as a user would type it. */
  readonly en: string;
  /** The name the PRC standards use. */
  readonly zh: string;
  /** Other words that mean this sector, English or Chinese, including its sub-industries. */
  readonly aliases: readonly string[];
}

export const SECTORS: readonly SectorEntry[] = [
  {
    id: 'agriculture',
    en: 'agriculture, forestry, animal husbandry and fishery',
    zh: '农林牧渔业',
    aliases: ['agriculture', 'farming', 'forestry', 'fishery', 'fisheries', 'animal husbandry', '农业', '林业', '牧业', '渔业'],
  },
  {
    id: 'industry',
    en: 'industry',
    zh: '工业',
    aliases: ['mining', 'manufacturing', 'utilities', 'electricity, gas and water', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业'],
  },
  { id: 'construction', en: 'construction', zh: '建筑业', aliases: [] },
  { id: 'wholesale', en: 'wholesale', zh: '批发业', aliases: ['wholesale trade'] },
  { id: 'retail', en: 'retail', zh: '零售业', aliases: ['retail trade'] },
  { id: 'transportation', en: 'transportation', zh: '交通运输业', aliases: ['transport', '运输业'] },
  { id: 'warehousing', en: 'warehousing', zh: '仓储业', aliases: ['storage'] },
  { id: 'post', en: 'post', zh: '邮政业', aliases: ['postal', 'postal services', 'courier'] },
  { id: 'accommodation', en: 'accommodation', zh: '住宿业', aliases: ['hotels', 'lodging'] },
  { id: 'catering', en: 'catering', zh: '餐饮业', aliases: ['restaurants', 'food service'] },
  { id: 'hotels-restaurants', en: 'hotels and restaurants', zh: '住宿和餐饮业', aliases: ['hotels & restaurants'] },
  { id: 'information-transmission', en: 'information transmission', zh: '信息传输业', aliases: ['telecommunications', 'telecom'] },
  {
    id: 'software-it',
    en: 'software and IT services',
    zh: '软件和信息技术服务业',
    aliases: ['software', 'it services', 'software and information technology services'],
  },
  { id: 'real-estate-development', en: 'real-estate development', zh: '房地产开发经营', aliases: ['real estate development', 'real estate'] },
  { id: 'property-management', en: 'property management', zh: '物业管理', aliases: [] },
  {
    id: 'leasing-business-services',
    en: 'leasing and business services',
    zh: '租赁和商务服务业',
    aliases: ['leasing', 'business services'],
  },
  { id: 'other', en: 'other', zh: '其他', aliases: ['other sectors', '其他未列明行业'] },
];
