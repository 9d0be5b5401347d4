namespace EduRelief.Host.Demo.County;

/// <summary>A dropout case's owners on both lines, at every level (双线四级).</summary>
internal sealed record CaseOwners(string County, string Township, string Village, string Bureau, string School, string ClassTeacher)
{
    public object ToRequest() => new { Government = new { County, Township, Village }, Education = new { Bureau, School, ClassTeacher } };
}
