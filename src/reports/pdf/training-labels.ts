import type { AssessmentMethod, AttendanceMark } from '../../domain/training/session';
import type { AttachmentKind, TrainingType } from '../../domain/training/training-types';
import type { WorkflowState } from '../../domain/training/workflow-event';

/**
 * Chinese labels of the training records as the PDFs print them (安全生产培训记录, 签到表, 销毁确认单). Like labels.ts they
 * are Chinese whatever the UI language: the records are filed and shown to inspectors as such. The app uses them
 * to fill the view-models' `…Label` fields.
 */
export const ZH_TRAINING = {
  type: {
    'level-company': '三级教育（公司级）',
    'level-workshop': '三级教育（车间级）',
    'level-team': '三级教育（班组级）',
    refresher: '定期复训',
    transfer: '转岗/复工培训',
    'so-initial': '特种作业取证培训',
    'so-review': '特种作业复审培训',
    'manager-initial': '管理人员初次培训',
    'manager-annual': '管理人员年度再培训',
    'four-new': '“四新”培训',
    drill: '应急演练',
    other: '其他培训',
  } as Record<TrainingType, string>,
  attachment: {
    photo: '培训照片',
    'signin-scan': '签到表扫描件',
    'exam-paper': '试卷',
    courseware: '课件',
    'education-card': '三级教育卡',
    'review-form': '复审记录表',
    'materials-list': '物资消耗清单',
    'score-sheet': '考核评分表',
    'evaluation-report': '效果评估报告',
    other: '其他材料',
  } as Record<AttachmentKind, string>,
  method: {
    written: '笔试',
    practical: '实操考核',
    'written-practical': '笔试＋实操考核',
    oral: '口试',
    evaluation: '效果评估',
  } as Record<AssessmentMethod, string>,
  mark: { expected: '未签到', present: '出勤', late: '迟到', absent: '缺勤' } as Record<AttendanceMark, string>,
  state: { draft: '草稿', submitted: '已提交', reviewed: '已审核', returned: '已退回', archived: '已归档' } as Record<WorkflowState, string>,
  result: { passed: '合格', failed: '不合格' },
  unarchived: '未归档',
} as const;
