using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

internal sealed record RollLineRow(AllowanceRollLine Line, string NationalId, string Name);
