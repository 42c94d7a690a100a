/** zh-CN messages of the people query (P5: filters, 常用筛选); spread into zh-CN.ts. */
export const zhCN_query = {
  'query.filters': '筛选人员',
  'query.certState': '证书状态',
  'query.noCert': '无证书',
  'query.countFiltered': '共 {n} 人（筛选后）',
  'query.clear': '清除筛选',
  'query.saved': '常用筛选',
  'query.save': '保存为常用筛选',
  'query.name': '常用筛选名称',
  'query.rename': '重命名“{name}”',
  'query.delete': '删除“{name}”',
  'v.query.nameTaken': '已有同名的常用筛选',
  'v.query.tooMany': '常用筛选最多 {max} 个，请先删除不用的',
  'v.query.empty': '请先设置筛选条件再保存',
} as const;
