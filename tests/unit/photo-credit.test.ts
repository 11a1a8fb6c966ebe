import { describe, expect, it } from 'vitest';
import { isPhotoCredit } from '../../lib/interview/photo-credit';

describe('isPhotoCredit', () => {
  it('recognises "place name 摄", "agency name 摄影" and "图/name" credits', () => {
    for (const line of [
      '东港港 张三 摄',
      '新华社记者 李四 摄影',
      '图/王五',
      '图：王五',
      '图片／东港日报',
      '圖/王五',
      '東港港 張三 攝',
      '东港市委宣传部 供图',
      '  东港港 张三 摄  ',
      '东港港　张三　摄',
    ]) {
      expect(isPhotoCredit(line), line).toBe(true);
    }
  });

  it('rejects prose, even prose that ends in 摄', () => {
    for (const line of [
      '我们拍摄',
      '张三摄',
      '东港港，张三 摄',
      '他说“好” 摄',
      '图',
      '图/',
      '',
      '图表显示增长很快。',
      '答:东港港 张三 摄',
    ]) {
      expect(isPhotoCredit(line), line).toBe(false);
    }
  });

  it('rejects lines longer than a credit can be', () => {
    const long = `${'东港'.repeat(20)} 摄`;
    expect(long.length).toBeGreaterThan(40);
    expect(isPhotoCredit(long)).toBe(false);
    expect(isPhotoCredit(`图/${'王'.repeat(39)}`)).toBe(false);
    expect(isPhotoCredit(`图/${'王'.repeat(38)}`)).toBe(true);
  });
});
