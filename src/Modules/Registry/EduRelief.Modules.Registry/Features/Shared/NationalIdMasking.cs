using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>
/// National IDs of minors leave the API masked (<c>520102********1234</c>) unless the caller may see them in full.
/// Contract queries between modules carry full IDs; masking happens where data meets a person.
/// </summary>
internal static class NationalIdMasking
{
    public static StudentDto MaskedFor(this StudentDto student, ICallerContext caller) =>
        caller.CanSeeFullNationalIds ? student : student with { NationalId = NationalId.Mask(student.NationalId) };

    public static PagedResult<StudentDto> MaskedFor(this PagedResult<StudentDto> page, ICallerContext caller) =>
        caller.CanSeeFullNationalIds ? page : page with { Items = page.Items.Select(s => s.MaskedFor(caller)).ToList() };
}
