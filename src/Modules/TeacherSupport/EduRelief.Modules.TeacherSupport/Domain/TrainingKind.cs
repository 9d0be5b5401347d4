namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>全员培训, 骨干研修, 送教下乡, 国培.</summary>
internal enum TrainingKind
{
    AllStaff,
    Backbone,
    SendTeaching,
    National,
}
