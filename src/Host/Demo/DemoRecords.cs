namespace EduRelief.Host.Demo;

/// <summary>The kinds of record the generator reports on.</summary>
internal static class DemoRecords
{
    public static readonly DemoRecord Townships = new("乡镇", "townships");
    public static readonly DemoRecord Villages = new("村（社区）", "villages and communities");
    public static readonly DemoRecord Schools = new("学校", "schools");
    public static readonly DemoRecord Students = new("学生（花名册导入）", "students (roster import)");
    public static readonly DemoRecord StudentsChanged = new("学生（花名册导入时有变更）", "students changed by the roster import");
    public static readonly DemoRecord StatusChanges = new("学籍状态变更", "student status changes");
    public static readonly DemoRecord DropoutCases = new("控辍保学案件", "dropout cases");
    public static readonly DemoRecord PersuasionAttempts = new("劝返记录", "persuasion attempts");
    public static readonly DemoRecord ReturnNotices = new("限期返校通知书", "deadline-to-return notices");
    public static readonly DemoRecord CaseOutcomes = new("劝返复学结案", "cases closed as returned");
    public static readonly DemoRecord Buildings = new("校舍", "buildings");
    public static readonly DemoRecord Appraisals = new("校舍安全鉴定", "building appraisals");
    public static readonly DemoRecord Projects = new("建设项目", "construction projects");
    public static readonly DemoRecord ProjectMoves = new("项目进度节点", "project moves");
    public static readonly DemoRecord Spending = new("建设支出", "project spending");
    public static readonly DemoRecord Equipment = new("学校设施装备记录", "school equipment records");
    public static readonly DemoRecord Teachers = new("在岗教师", "teachers in post");
    public static readonly DemoRecord Campaigns = new("教师招聘计划", "recruitment campaigns");
    public static readonly DemoRecord Hires = new("招聘教师", "teachers hired");
    public static readonly DemoRecord Courses = new("培训项目", "training courses");
    public static readonly DemoRecord Attendance = new("培训人次", "training attendances");
    public static readonly DemoRecord Pairings = new("城乡结对", "school pairings");
    public static readonly DemoRecord PairingActivities = new("结对帮扶活动", "pairing activities");
    public static readonly DemoRecord DisabledChildren = new("学龄残疾儿童（残联名单导入）", "school-age disabled children (federation list)");
    public static readonly DemoRecord Assessments = new("专家委员会评估", "expert committee assessments");
    public static readonly DemoRecord Plans = new("一人一案安置", "placement plans");
    public static readonly DemoRecord Visits = new("送教上门记录", "home-teaching visits");
    public static readonly DemoRecord Homes = new("留守儿童之家", "left-behind children homes");
    public static readonly DemoRecord HomeChildren = new("留守儿童之家入册儿童", "children attached to homes");
    public static readonly DemoRecord HomeActivities = new("关爱活动", "care activities");
    public static readonly DemoRecord Specialties = new("职业学校专业", "vocational specialties");
    public static readonly DemoRecord OrderClasses = new("订单班", "order-based classes");
    public static readonly DemoRecord Enrolments = new("中职学生注册", "vocational enrolments");
    public static readonly DemoRecord Graduations = new("中职毕业去向", "vocational graduations");
    public static readonly DemoRecord Rates = new("县级资助标准", "local aid rates");
    public static readonly DemoRecord Budgets = new("资助预算", "aid budgets");
    public static readonly DemoRecord Batches = new("资助批次（审批并对账）", "aid batches (approved and reconciled)");
    public static readonly DemoRecord Payments = new("发放到账人次", "awards paid");
    public static readonly DemoRecord Outreach = new("政策宣传活动", "policy outreach activities");
}
