import type { CatalogSpec } from '../../../lib/catalog/catalog-spec';

/**
 * The curated side of the Ningbo pack's term catalog: ids, tiers and aliases.
 * Occurrences, Traditional forms and pinyin are computed from the text at build
 * time. Every phrase the interview puts in quotes must be listed here (the build
 * fails otherwise), so each one gets a deliberate tier.
 *
 * Tiers: `distinctive` names something local to Ningbo or Zhejiang; `national`
 * is a slogan used across China; `generic` is an everyday phrase that only
 * counts as a term on a page about Ningbo. Whether a match marks also depends
 * on evidence on the page (lib/match/evidence.ts), unless the spelling is
 * self-evident (lib/catalog/match-forms.ts).
 */
export const catalog: CatalogSpec = {
  packId: 'ningbo-2022',
  label: '宁波访谈 · 2022',
  subjects: { place: ['宁波', '甬'], region: ['浙江', '浙'] },
  terms: [
    // Quoted in the interview.
    { id: 'liangge-xianxing', text: '两个先行', tier: 'distinctive' },
    { id: 'zhu-yinqing', text: '主引擎', tier: 'generic' },
    { id: 'zhu-pingtai', text: '主平台', tier: 'generic' },
    { id: 'zhu-dongzhang', text: '主动仗', tier: 'generic' },
    { id: 'zhu-zhicheng', text: '主支撑', tier: 'generic' },
    { id: 'zhu-xuanlv', text: '主旋律', tier: 'generic' },
    {
      id: 'gangkou-kaifang',
      text: '港口是宁波最大的资源，开放是宁波最大的优势',
      tier: 'distinctive',
    },
    { id: 'fang-guan-fu', text: '放管服', tier: 'national', aliases: ['放管服改革'] },
    { id: 'quan-shengming-zhouqi', text: '全生命周期', tier: 'generic' },
    { id: 'zuida-ziyuan', text: '最大资源', tier: 'generic' },
    { id: 'zuida-youshi', text: '最大优势', tier: 'generic' },
    { id: 'chanye-tizhi', text: '产业提质', tier: 'generic' },
    { id: 'chuangxin-zhisheng', text: '创新制胜', tier: 'generic' },
    { id: 'zhuti-peiyu', text: '主体培育', tier: 'generic' },
    { id: 'dazao-zhizao-zhidu', text: '打造全球智造创新之都', tier: 'distinctive' },
    { id: 'qiang-zhizao', text: '强制造', tier: 'generic' },
    { id: 'qiang-fuwu', text: '强服务', tier: 'generic' },
    { id: 'zai-ningbo-dou-tinghao', text: '在宁波，都挺好', tier: 'distinctive' },
    { id: 'yongshang-leye', text: '甬上乐业', tier: 'distinctive' },
    { id: 'zheli-yongyou', text: '浙里甬有', tier: 'distinctive' },
    { id: 'tianyi-yongningbao', text: '天一甬宁保', tier: 'distinctive' },
    { id: 'zhejiang-youli', text: '浙江有礼·宁波示范', tier: 'distinctive' },
    { id: 'jin-mingpian', text: '金名片', tier: 'generic' },
    {
      id: 'bufu-qianbairen',
      text: '不负千百人、不负十四亿',
      tier: 'national',
      // The slogan as news usually quotes it: 宁可得罪千百人，也不负十四亿.
      aliases: ['得罪千百人、不负十四亿'],
    },
    { id: 'shisuo-hanjian', text: '史所罕见、世所罕见', tier: 'national' },
    { id: 'san-jiaodi', text: '三交底', tier: 'distinctive' },
    { id: 'zhixing-xuetang', text: '知行学堂', tier: 'distinctive' },
    { id: 'liangge-queli', text: '两个确立', tier: 'national' },
    { id: 'liangge-weihu', text: '两个维护', tier: 'national' },
    {
      id: 'zongshuji-you-haoling',
      text: '总书记有号令、中央有部署、省委有要求，宁波见行动、走在前',
      tier: 'distinctive',
    },
    { id: 'san-bu-fu', text: '三不腐', tier: 'national', aliases: ['不敢腐、不能腐、不想腐'] },
    { id: 'fengling-gangcheng', text: '锋领港城', tier: 'distinctive' },

    // Named in the interview without quotes.
    { id: 'ba-da-gongjian', text: '八大攻坚行动', tier: 'distinctive' },
    { id: 'yingshang-zuiyoushi', text: '营商环境最优市', tier: 'distinctive' },
    { id: 'zhong-zhongdongou', text: '中国—中东欧国家经贸合作示范区', tier: 'distinctive' },
    {
      id: 'zhejiang-zimaoqu-ningbo',
      text: '浙江自贸区宁波片区',
      tier: 'distinctive',
      aliases: ['中国（浙江）自由贸易试验区宁波片区', '浙江自由贸易试验区宁波片区'],
    },
    { id: 'danxiang-guanjun-zhicheng', text: '国家单项冠军之城', tier: 'distinctive' },
    { id: 'quanqiu-zhizao-zhidu', text: '全球智造创新之都', tier: 'distinctive' },
    { id: 'jiceng-dangjian-shifanshi', text: '全国城市基层党建示范市', tier: 'distinctive' },
    { id: 'quanyu-dangjian-lianmeng', text: '全域党建联盟', tier: 'distinctive' },
    { id: 'chengxiang-gongfu-zhidu', text: '城乡幸福共富之都', tier: 'distinctive' },
    { id: 'wenming-dianfan-chengshi', text: '全国文明典范城市', tier: 'national' },
    { id: 'xingfugan-chengshi', text: '中国最具幸福感城市', tier: 'national' },
    { id: 'haiyang-zhongxin-chengshi', text: '全球海洋中心城市', tier: 'national' },
    {
      id: 'changsanjiao-gangkou-jiqun',
      text: '长三角世界级港口集群',
      tier: 'national',
      aliases: ['长江三角洲世界级港口集群'],
    },
    { id: 'baxiang-guiding', text: '中央八项规定精神', tier: 'national' },
    { id: 'binhai-dadushi', text: '现代化滨海大都市', tier: 'distinctive' },
    { id: 'shijie-yiliu-qianggang', text: '世界一流强港', tier: 'distinctive' },
    { id: 'hangyun-zhongxin-chengshi', text: '全球航运中心城市', tier: 'national' },
    { id: 'shuangxunhuan-shuniu', text: '国内国际双循环枢纽城市', tier: 'distinctive' },
    { id: 'dazong-shangpin-jidi', text: '大宗商品储运基地', tier: 'national' },
    { id: 'wanqianyi-chanye-jiqun', text: '万千亿级产业集群', tier: 'distinctive' },
    { id: 'gongtong-fuyu-shifan', text: '共同富裕示范先行', tier: 'distinctive' },
    { id: 'gongtong-fuyu-jicheng-gaige', text: '共同富裕重大集成改革', tier: 'distinctive' },
    { id: 'dapingan-jizhi', text: '风险防范大平安机制', tier: 'distinctive' },
    { id: 'qinglian-jianshe-gaodi', text: '清廉建设高地', tier: 'distinctive' },
    { id: 'shuzihua-gaige', text: '数字化改革', tier: 'national' },
    { id: 'zhiduxing-kaifang', text: '制度型开放', tier: 'national' },
    { id: 'wending-jingji-dapan', text: '稳住经济大盘', tier: 'national' },
    { id: 'ziwo-geming', text: '党的自我革命', tier: 'national' },
    { id: 'lishi-zhiben', text: '立市之本、强市之基', tier: 'generic' },
  ],
};
