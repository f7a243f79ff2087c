import type { ChoiceWords } from '../input/read-choice.js';

/**
 * The firm's development stage and setting, in the terms of the paper's Table A.1 (preferred
 * investment stage; geographic distribution).
 */
export const FINANCE_STAGES = ['early', 'growth', 'expansion', 'mature'] as const;
export type FinanceStage = (typeof FINANCE_STAGES)[number];

export const STAGE_WORDS: ChoiceWords<FinanceStage> = {
  invalidCode: 'finance.stage-invalid',
  allowed: ['early', 'growth', 'expansion', 'mature'],
  words: {
    early: 'early', seed: 'early', 'start up': 'early', startup: 'early', 'early stage': 'early',
    种子期: 'early', 初创期: 'early', 早期: 'early', 创业期: 'early',
    growth: 'growth', 'growth stage': 'growth', 成长期: 'growth',
    expansion: 'expansion', late: 'expansion', 'late stage': 'expansion', later: 'expansion', 扩张期: 'expansion', 后期: 'expansion',
    mature: 'mature', established: 'mature', maturity: 'mature', 成熟期: 'mature',
  },
};

/**
 * Table A.1's geography read as the firm's setting: the major metropolitan areas (foreign VC), other
 * cities (regional: corporate and university VC) and county level and below (local: government VC
 * alongside regional). The four first-tier cities are named so that a city name can be typed.
 */
export const FINANCE_LOCATIONS = ['metropolitan', 'regional', 'local'] as const;
export type FinanceLocation = (typeof FINANCE_LOCATIONS)[number];

export const LOCATION_WORDS: ChoiceWords<FinanceLocation> = {
  invalidCode: 'finance.location-invalid',
  allowed: ['metropolitan', 'regional', 'local'],
  words: {
    metropolitan: 'metropolitan', 'major metropolitan': 'metropolitan', metro: 'metropolitan', 'tier 1': 'metropolitan', 'first tier': 'metropolitan',
    一线城市: 'metropolitan', 大都市: 'metropolitan', 特大城市: 'metropolitan',
    beijing: 'metropolitan', 北京: 'metropolitan', shanghai: 'metropolitan', 上海: 'metropolitan',
    shenzhen: 'metropolitan', 深圳: 'metropolitan', guangzhou: 'metropolitan', 广州: 'metropolitan',
    regional: 'regional', city: 'regional', 'provincial capital': 'regional', prefecture: 'regional', 'prefecture city': 'regional', 'tier 2': 'regional', 'tier 3': 'regional',
    二线城市: 'regional', 三线城市: 'regional', 省会: 'regional', 省会城市: 'regional', 地级市: 'regional', 城市: 'regional',
    local: 'local', county: 'local', town: 'local', township: 'local', rural: 'local', village: 'local',
    县: 'local', 县城: 'local', 县级: 'local', 乡镇: 'local', 农村: 'local', 本地: 'local',
  },
};
