using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;

namespace EduRelief.Modules.Registry.Features.Shared;

internal static class StudentOrdering
{
    /// <summary>The list's orders; ties, and the list order itself, by the random <see cref="Student.ListKey"/>.</summary>
    public static IQueryable<Student> OrderedBy(this IQueryable<Student> students, StudentOrder order) => order switch
    {
        StudentOrder.Name => students.OrderBy(s => s.Name).ThenBy(s => s.ListKey),
        StudentOrder.School => students.OrderBy(s => s.School!.Code).ThenBy(s => s.ListKey),
        StudentOrder.Grade => students.OrderBy(s => s.Grade).ThenBy(s => s.ListKey),
        _ => students.OrderBy(s => s.ListKey),
    };
}
