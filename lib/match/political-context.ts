/**
 * Words that put a national slogan in its political setting when they share a
 * block of text with it (两个维护 next to 党中央, not next to 运维). General
 * Chinese usage, not any pack's: the matcher looks for them as it looks for a
 * pack's subject words.
 */
export const POLITICAL_CONTEXT = [
  '党',
  '中央',
  '国务院',
  '政府',
  '省委',
  '市委',
  '县委',
  '区委',
  '总书记',
  '习近平',
  '会议',
  '全会',
  '部署',
  '人大',
  '政协',
  '深化',
  '政治',
];
