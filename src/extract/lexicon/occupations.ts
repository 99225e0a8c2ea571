// Occupations written right before a name: `外卖配送员周俊杰` is 周俊杰, a 外卖配送员.
// They are kept on the person, not as positions (no organization goes with them).
export const OCCUPATIONS: readonly string[] = [
  '外卖配送员', '外卖送餐员', '外卖骑手', '外卖小哥', '快递小哥', '快递员', '快递配送员', '配送员', '送餐员', '骑手',
  '环卫工人', '环卫工', '保洁员', '清洁工', '网约车司机', '出租车司机', '公交司机', '司机', '货车司机',
  '建筑工人', '农民工', '电工', '焊工', '钳工', '技术工人', '工人', '技师', '高级技师', '工程师', '技术员',
  '医生', '护士', '护工', '教师', '律师', '民警', '辅警', '交警', '消防员', '保安员', '保安', '厨师', '售货员',
  '服务员', '收银员', '家政服务员', '育婴员', '养老护理员', '协管员', '志愿者', '退休职工', '职工', '劳模',
  '全国劳模', '北京市劳模', '大国工匠', '首都劳动奖章获得者', '社工', '中医诊疗师',
  '驾驶员', '公交驾驶员', '乘务员', '售票员', '调度员', '安全员', '质检员', '操作工', '维修工', '装配工', '机修工',
  '列车长', '医师', '主治医师', '设计师', '营业员', '讲解员', '投递员', '邮递员', '网约配送员', '外卖员', '家政员',
  '月嫂', '育婴师', '按摩师', '理发师', '美发师', '厨师长', '面点师', '园林工', '绿化工', '护林员', '巡逻员',
].slice().sort((a, b) => b.length - a.length);

/** Words that announce a name like an occupation but say nothing about the person's work:
 *  `获奖职工李明说` -> 李明, occupation none. */
export const PERSON_NOUNS_NOT_OCCUPATIONS: ReadonlySet<string> = new Set(['职工', '退休职工', '志愿者', '劳模', '全国劳模', '北京市劳模']);
