using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

/// <summary>Teachers by school, township, years of rural service (at least) and name.</summary>
internal sealed record ListTeachersQuery(string? SchoolCode, string? TownshipCode, int? RuralYearsAtLeast, string? Name, int Page, int PageSize)
    : IQuery<PagedResult<TeacherResponse>>;
