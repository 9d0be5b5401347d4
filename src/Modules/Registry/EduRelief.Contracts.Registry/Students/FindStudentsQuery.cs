using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Contracts.Registry;

/// <summary>A page of the students that match, in the registry's list order (random, so it tells nothing of their IDs).</summary>
public sealed record FindStudentsQuery : IQuery<PagedResult<StudentDto>>, INationalIdLookup<PagedResult<StudentDto>>
{
    public StudentCriteria Criteria { get; init; } = new();

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = PageRequest.DefaultPageSize;

    public StudentOrder Order { get; init; }

    string? INationalIdLookup<PagedResult<StudentDto>>.SoughtNationalId => Criteria.NationalId;

    bool INationalIdLookup<PagedResult<StudentDto>>.FoundAny(PagedResult<StudentDto> response) => response.Total > 0;
}
