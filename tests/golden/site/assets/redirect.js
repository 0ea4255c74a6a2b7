// A retired page's address: go on to the page it moved to, keeping the paragraph anchor
// (a meta refresh alone would drop it). Without JavaScript the meta refresh still works.
(function () {
  var target = document.documentElement.getAttribute("data-moved-to");
  if (target) location.replace(target + location.hash);
})();
