using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.GetTeacher;

internal sealed record GetTeacherQuery(Guid Id) : IQuery<TeacherResponse>;
