// Remember the language a visitor picks, so "/" opens in it next time.
// Without JavaScript the links still work; only the memory is lost.
document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-language]");
    if (!link) {
        return;
    }
    const oneYear = 365 * 24 * 60 * 60;
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie = `django_language=${encodeURIComponent(link.dataset.language)}; path=/; max-age=${oneYear}; samesite=lax${secure}`;
});
