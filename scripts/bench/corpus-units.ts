/**
 * The issuing units of the realistic benchmark corpus: about 500 bodies at
 * every administrative level, named as real ones are (`云南省科学技术厅`,
 * `曲靖市教育局`, `陆良县人民政府`, `马龙区统计局`, `三宝镇人民政府`), so that
 * ingest infers unit and level from the text as it would for a real archive.
 */
import type { Level } from '../../src/lib/report-schema.ts';

export interface BenchUnit {
  name: string;
  level: Level;
  /** The place word the text uses for itself: 全省, 我县, 在区委…领导下. */
  place: '国' | '省' | '市' | '区' | '县' | '镇';
  government: boolean;
}

const CENTRAL = ['国务院', '国务院办公厅', '国务院扶贫开发领导小组办公室', '国务院国有资产监督管理委员会'];
const PROVINCES = ['河北省', '山西省', '辽宁省', '吉林省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省'];
const CITIES = ['石家庄市', '太原市', '大连市', '长春市', '苏州市', '宁波市', '芜湖市', '泉州市', '赣州市', '潍坊市', '洛阳市', '宜昌市', '岳阳市', '佛山市', '三亚市', '绵阳市', '遵义市', '曲靖市', '宝鸡市', '天水市', '保定市', '大同市', '鞍山市', '吉林市', '无锡市'];
const COUNTIES = ['正定县', '平遥县', '长海县', '农安县', '沛县', '安吉县', '歙县', '安溪县', '瑞金县', '寿光县', '栾川县', '秭归县', '平江县', '陆良县', '凤县', '秦安县', '清苑县', '阳高县', '桓仁县', '永吉县'];
const DISTRICTS = ['朝阳区', '南关区', '姑苏区', '鄞州区', '镜湖区', '丰泽区', '章贡区', '奎文区', '涧西区', '西陵区', '岳阳楼区', '禅城区', '天涯区', '涪城区', '汇川区', '马龙区', '渭滨区', '麦积区', '莲池区', '云冈区'];
const TOWNS = ['三宝镇', '城关镇', '青龙镇', '白马镇', '柳河镇', '石桥镇', '新华镇', '太平镇', '龙泉镇', '河口镇', '永安镇', '双河镇'];

const PROVINCE_BODIES = ['人民政府', '科学技术厅', '教育厅', '财政厅', '农业农村厅', '统计局', '商务厅', '人民检察院'];
const LOCAL_BODIES = ['人民政府', '科技局', '教育局', '财政局', '农业农村局', '统计局', '商务局', '人民检察院预防科', '文化和旅游局', '卫生健康委员会', '民政局', '审计局'];

function bodies(places: string[], list: string[], count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const place = places[i % places.length]!;
    const body = list[Math.floor(i / places.length) % list.length]!;
    names.push(`${place}${body}`);
  }
  return names;
}

/** About 500 units; the same list on every run. */
export function benchUnits(): BenchUnit[] {
  const make = (names: string[], level: Level, place: BenchUnit['place']): BenchUnit[] =>
    names.map((name) => ({ name, level, place, government: /人民政府$|^国务院$/.test(name) }));
  return [
    ...make(CENTRAL, '中央', '国'),
    ...make(bodies(PROVINCES, PROVINCE_BODIES, 100), '省', '省'),
    ...make(bodies(CITIES, LOCAL_BODIES, 150), '市', '市'),
    ...make(bodies(COUNTIES, LOCAL_BODIES, 110), '县', '县'),
    ...make(bodies(DISTRICTS, LOCAL_BODIES, 100), '区', '区'),
    ...make(TOWNS.map((t) => `${t}人民政府`), '乡镇', '镇'),
  ];
}
