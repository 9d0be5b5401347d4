using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.FindStudents;

/// <summary>The list's filter as the API and the console both take it: text parsed into criteria, refused by field.</summary>
internal static class StudentListQuery
{
    public static FindStudentsQuery ToQuery(this StudentListParameters filter, int page, int pageSize)
    {
        var errors = new ValidationErrors();
        var criteria = filter.ToCriteria(errors);
        var order = filter.ToOrder(errors);
        errors.ThrowIfAny();
        return new FindStudentsQuery { Criteria = criteria, Page = page, PageSize = pageSize, Order = order };
    }
}
