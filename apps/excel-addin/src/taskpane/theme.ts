/**
 * Fluent's light theme with Simplified Chinese fonts before the generic family: without them, a
 * page in English shows Chinese names and terms in whatever CJK font comes first (often Japanese
 * glyph shapes); with them, 中文 reads as Chinese in both languages. In English a Latin font comes
 * first where none of Fluent's is installed (Linux), so Latin text is not set in the CJK font; in
 * Chinese the CJK font sets both, as a Chinese system does.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

const BASE = webLightTheme.fontFamilyBase.replace(/,\s*sans-serif\s*$/, '');
const LATIN_FALLBACK = "Arial, 'Liberation Sans', 'DejaVu Sans'";
const CHINESE_FONTS = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC'";

const ENGLISH_THEME: Theme = { ...webLightTheme, fontFamilyBase: `${BASE}, ${LATIN_FALLBACK}, ${CHINESE_FONTS}, sans-serif` };
const CHINESE_THEME: Theme = { ...webLightTheme, fontFamilyBase: `${BASE}, ${CHINESE_FONTS}, sans-serif` };

/** The theme for the pane's language ('en' or 'zh-CN'). */
export function themeFor(language: string): Theme {
  return language === 'zh-CN' ? CHINESE_THEME : ENGLISH_THEME;
}
