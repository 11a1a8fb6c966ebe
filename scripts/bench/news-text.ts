/**
 * The words the generated pages are made of: clauses of the kind a Chinese city
 * news site prints, chrome for the page around the article, and an English pool
 * for the page that must cost almost nothing. None of them contains a term form
 * (the generator checks), so every term on a page is one the generator put there.
 */

/** Clauses a sentence is built from, joined with a comma and ended with a full stop. */
export const NEWS_CLAUSES = [
  '今年以来宁波市上下坚持稳中求进工作总基调',
  '全市地区生产总值同比增长百分之三点五',
  '宁波舟山港货物吞吐量连续十四年位居全球第一',
  '集装箱航线总数达到三百条以上',
  '市政府常务会议研究部署下一阶段重点工作',
  '一批重大项目集中签约落地',
  '记者从市发展和改革委员会获悉',
  '高新区新引进科技型企业八十余家',
  '前湾新区智能制造产业园正式开园',
  '城乡居民人均可支配收入稳步提高',
  '甬江科创区建设按下加速键',
  '全市新增城镇就业岗位超过二十万个',
  '进出口总额首次突破一万亿元大关',
  '轨道交通四号线延伸段开工建设',
  '象山港湾生态保护修复工程有序推进',
  '各区县市组织开展安全生产大检查',
  '市民在三江口欣赏夜景灯光秀',
  '东部新城文化广场迎来周末客流高峰',
  '慈溪家电企业积极开拓海外市场',
  '余姚机器人小镇吸引多个研发团队入驻',
  '北仑港区自动化码头实现全天候作业',
  '宁海县乡村旅游接待游客同比增长两成',
  '奉化水蜜桃迎来采摘旺季',
  '镇海炼化一体化项目二期顺利投产',
  '鄞州区推出惠企政策二十条',
  '海曙区老旧小区改造惠及居民三万余户',
  '江北区加快建设智慧社区服务平台',
  '专家学者围绕城市发展展开深入讨论',
  '会议指出要把思想和行动统一到决策部署上来',
  '相关负责人表示将持续优化政务服务流程',
  '企业家代表纷纷表示对未来发展充满信心',
  '气象部门提醒市民注意防范强对流天气',
  '教育部门新建改扩建中小学校二十所',
  '医疗卫生服务体系进一步完善',
  '跨境电商综合试验区交易额保持两位数增长',
  '梅山湾沙滩公园吸引大批游客前来打卡',
  '天一阁博物院推出古籍修复主题展览',
  '宁波大学与多家企业共建联合实验室',
  '市场监管部门加强节日期间食品安全检查',
  '一季度全市规模以上工业增加值增长百分之五',
  '交通部门优化公交线网方便群众出行',
  '社区志愿者走访慰问困难群众',
] as const;

/** Short phrases that frame a term in a sentence; `#` is where the term goes. */
export const TERM_FRAMES = [
  '围绕“#”这一目标',
  '深入推进#',
  '#取得新的进展',
  '聚焦#持续发力',
  '大力实施#',
  '奋力打造#',
  '#被写入工作报告',
  '坚持#不动摇',
] as const;

/** Section headings of the article body. */
export const SECTION_TITLES = [
  '经济运行',
  '港口建设',
  '科技创新',
  '民生保障',
  '城市更新',
  '乡村振兴',
  '文化旅游',
  '营商服务',
  '生态环境',
  '社会治理',
] as const;

/** The site's channel list, for the navigation bar and the footer. */
export const CHANNELS = [
  '首页',
  '时政',
  '经济',
  '社会',
  '文化',
  '教育',
  '健康',
  '体育',
  '视频',
  '图片',
  '评论',
  '专题',
] as const;

/** Sentences for a page without a single Chinese character. */
export const ENGLISH_SENTENCES = [
  'The city council met on Tuesday to review the budget for the coming year.',
  'Port volumes rose for the fourth quarter in a row, officials said.',
  'A new light rail line will open to passengers next spring.',
  'Local schools reported record enrolment in science classes.',
  'Heavy rain is expected across the region over the weekend.',
  'The museum opened an exhibition of restored maps and letters.',
  'Small businesses welcomed the simpler licensing rules.',
  'Researchers and companies signed an agreement on a joint laboratory.',
  'Volunteers visited older residents living on their own.',
  'The harbour front will host a night market through the summer.',
] as const;
