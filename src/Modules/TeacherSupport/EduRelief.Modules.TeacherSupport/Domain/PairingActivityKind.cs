namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>教师交流, 教研活动, 公开课, 送教.</summary>
internal enum PairingActivityKind
{
    TeacherExchange,
    TeachingResearch,
    OpenClass,
    SendTeaching,
}
