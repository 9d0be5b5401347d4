using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Contracts.Registry;

/// <summary>A page of the students that match; ordered by national ID.</summary>
public sealed record FindStudentsQuery : IQuery<PagedResult<StudentDto>>
{
    public StudentCriteria Criteria { get; init; } = new();

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = PageRequest.DefaultPageSize;
}
