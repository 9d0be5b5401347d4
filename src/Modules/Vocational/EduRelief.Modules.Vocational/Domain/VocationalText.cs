using System.Globalization;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Vocational.Domain;

/// <summary>What the module tells its users when it refuses something, built per call so it speaks the caller's language.</summary>
internal static class VocationalText
{
    /// <summary>The source of the first poor-household entry, stored in the county's language.</summary>
    public const string AtEnrolment = "入学时学籍系统记录";

    /// <summary>The source of an entry the household re-check made (an event lost), stored in the county's language.</summary>
    public const string Recheck = "学籍系统复核";

    public static UserText NoSchool(string code) => new($"学校代码 '{code}' 不存在", $"no school has code '{code}'");

    public static UserText NoTownship(string code) => new($"乡镇代码 '{code}' 不存在", $"no township has code '{code}'");

    public static UserText NotVocational(string code) => new($"学校 {code} 不是中等职业学校", $"school {code} is not a secondary vocational school");

    public static UserText NoStudent(string nationalId) =>
        new($"学籍系统中没有身份证号为 {nationalId} 的学生，请先登记学籍", $"no student with national ID {nationalId} is registered; register the student first");

    public static UserText NoSpecialty(string code) => new($"专业代码 '{code}' 不存在", $"no specialty has code '{code}'");

    public static UserText NoOrderClass(string code) => new($"订单班代码 '{code}' 不存在", $"no order-based class has code '{code}'");

    public static UserText NoCourse(string code) => new($"培训班代码 '{code}' 不存在", $"no adult course has code '{code}'");

    public static UserText CodeTaken(string code) => new($"代码 '{code}' 已被使用", $"the code '{code}' is already taken");

    public static UserText AlreadyEnrolled(string specialty) =>
        new($"该学生已在读（专业 {specialty}），毕业前不能再次入学", $"the student is already enrolled (specialty {specialty}); no second enrolment before graduation");

    public static UserText NotEnrolled(string nationalId) => new($"身份证号为 {nationalId} 的学生没有在读的职业教育学籍", $"the student with national ID {nationalId} has no active vocational enrolment");

    public static UserText NeverEnrolled(string nationalId) => new($"身份证号为 {nationalId} 的学生没有职业教育学籍", $"the student with national ID {nationalId} has no vocational enrolment");

    public static UserText OtherSpecialty(string orderClass, string classSpecialty, string studentSpecialty) =>
        new($"订单班 {orderClass} 属于专业 {classSpecialty}，该学生就读专业 {studentSpecialty}", $"order-based class {orderClass} is of specialty {classSpecialty}, the student's is {studentSpecialty}");

    public static UserText ClassFull(string orderClass, int places) =>
        new($"订单班 {orderClass} 的 {places} 个名额已满", $"all {places} place(s) of order-based class {orderClass} are taken");

    public static UserText AlreadyInClass(string orderClass) => new($"该学生已在订单班 {orderClass}，一名学生只能进一个订单班", $"the student is already in order-based class {orderClass}; a student is in one at most");

    public static UserText AlreadyGraduated(DateOnly on) => new($"该学生已于 {Day(on)} 毕业", $"the student graduated on {Day(on)}");

    public static UserText NotGraduated() => new("该学生尚未毕业，不能登记毕业后跟踪", "the student has not graduated: no follow-up yet");

    public static UserText BeforeEnrolment(DateOnly enrolledOn) => new($"早于入学日期 {Day(enrolledOn)}", $"is before the enrolment ({Day(enrolledOn)})");

    public static UserText BeforeGraduation(DateOnly graduatedOn) => new($"早于毕业日期 {Day(graduatedOn)}", $"is before the graduation ({Day(graduatedOn)})");

    public static UserText AfterGraduation(DateOnly graduatedOn) => new($"晚于毕业日期 {Day(graduatedOn)}", $"is after the graduation ({Day(graduatedOn)})");

    public static UserText Before(DateOnly start) => new($"早于开始日期 {Day(start)}", $"is before the start ({Day(start)})");

    public static UserText InTheFuture(DateOnly on, DateOnly today) => new($"{Day(on)} 晚于今天（{Day(today)}）", $"{Day(on)} is after today ({Day(today)})");

    public static UserText NoOrderClass() =>
        new("该学生不在任何订单班，就业去向不能是“订单企业录用”", "the student is in no order-based class, so the outcome cannot be EmployedByOrderingEmployer");

    public static UserText EmployerNeeded() => new("在其他单位就业须填写就业单位", "name the employer of a graduate employed elsewhere");

    public static UserText CourseNotOver(string course, DateOnly endsOn) =>
        new($"培训班 {course} 于 {Day(endsOn)} 结束，结业后才能登记证书", $"course {course} ends on {Day(endsOn)}: certificates are recorded once it is over");

    public static UserText TraineeExists(string course) => new($"该学员已在培训班 {course}", $"the trainee is already on course {course}");

    public static UserText NotTrainee(string course) => new($"培训班 {course} 没有该学员", $"course {course} has no such trainee");

    public static UserText MustBePositive() => new("须大于 0", "must be more than zero");

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
