namespace EduRelief.Contracts.Registry;

/// <summary>残疾类别: 视力, 听力, 言语, 肢体, 智力, 精神, 多重, 其他.</summary>
public enum DisabilityCategory
{
    Visual,
    Hearing,
    Speech,
    Physical,
    Intellectual,
    Mental,
    Multiple,
    Other,
}
