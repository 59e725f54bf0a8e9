// Appended to a copy of the report by ReportBrowserTests: measures what the browser laid out and writes the problems it
// finds, as JSON, into <pre id="layout-check">. Nothing here is part of the report itself.
//
// The copy is shown in an iframe of the width under test (a headless window is never narrower than 500 pixels when its
// page loads), so the script also copies its result and the report's own render check into the page around the frame,
// which is what --dump-dom prints.
(function () {
  var tolerance = 0.5;
  var smallest = 11;
  var problems = [];
  var counts = { svgTexts: 0, htmlFragments: 0, htmlBoxes: 0, charts: 0 };

  function short(text) {
    text = (text || '').replace(/\s+/g, ' ').trim();
    return text.length > 70 ? text.slice(0, 69) + '…' : text;
  }

  function where(element) {
    var section = element.closest('section');
    var svg = element.closest('svg');
    return (section ? '#' + section.id : 'page') + (svg ? ' svg.' + svg.getAttribute('data-layout') : '');
  }

  function note(check, element, detail) {
    problems.push({ check: check, where: where(element), text: short(element.textContent), detail: detail });
  }

  function round(value) { return Math.round(value * 10) / 10; }

  function overlap(a, b) {
    var width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    var height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return width > tolerance && height > tolerance ? { width: round(width), height: round(height) } : null;
  }

  // Pairs of boxes that overlap, found by sorting on the top edge (boxes are many, overlaps few).
  function overlapping(boxes, report) {
    boxes.sort(function (a, b) { return a.rect.top - b.rect.top; });
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length && boxes[j].rect.top < boxes[i].rect.bottom - tolerance; j++) {
        var both = overlap(boxes[i].rect, boxes[j].rect);
        if (both && boxes[i].owner !== boxes[j].owner) {
          report(boxes[i], boxes[j], both);
        }
      }
    }
  }

  // The page itself must not scroll sideways.
  var root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + tolerance) {
    note('page-scrolls-sideways', document.body, { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth });
  }

  // Charts: every visible SVG's text inside its picture, big enough, and over no other text of the chart.
  var charts = document.querySelectorAll('svg.chart');
  for (var c = 0; c < charts.length; c++) {
    var svg = charts[c];
    var frame = svg.getBoundingClientRect();
    if (frame.width === 0 || frame.height === 0) { continue; }
    counts.charts++;
    var scale = frame.width / svg.viewBox.baseVal.width;
    var texts = svg.querySelectorAll('text');
    var boxes = [];
    for (var t = 0; t < texts.length; t++) {
      var text = texts[t];
      var box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) { continue; }
      counts.svgTexts++;
      if (box.left < frame.left - tolerance || box.right > frame.right + tolerance || box.top < frame.top - tolerance || box.bottom > frame.bottom + tolerance) {
        note('svg-text-outside-its-picture', text, { text: [round(box.left), round(box.top), round(box.right), round(box.bottom)], svg: [round(frame.left), round(frame.top), round(frame.right), round(frame.bottom)] });
      }
      var size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallest - 0.01) {
        note('svg-text-too-small', text, { pixels: round(size) });
      }
      boxes.push({ rect: box, owner: text, element: text });
    }
    overlapping(boxes, function (a, b, both) {
      note('svg-labels-overlap', a.element, { other: short(b.element.textContent), overlap: both });
    });
  }

  // Text outside the charts: no box wider than its content allows, no line outside the window, no line over another.
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var fragments = [];
  var boxesSeen = new Set();
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) { continue; }
    var parent = node.parentElement;
    if (!parent || parent.closest('svg, script, style, title, head')) { continue; }
    var range = document.createRange();
    range.selectNodeContents(node);
    var rects = range.getClientRects();
    if (rects.length === 0) { continue; }
    var style = getComputedStyle(parent);
    if (parseFloat(style.fontSize) < smallest - 0.01) {
      note('html-text-too-small', parent, { pixels: parseFloat(style.fontSize) });
    }
    for (var r = 0; r < rects.length; r++) {
      var rect = rects[r];
      if (rect.width === 0) { continue; }
      counts.htmlFragments++;
      if (rect.left < -tolerance || rect.right > root.clientWidth + tolerance) {
        note('html-text-outside-the-window', parent, { left: round(rect.left), right: round(rect.right), window: root.clientWidth });
      }
      fragments.push({ rect: rect, owner: node, element: parent });
    }
    // The nearest block that holds the text must not be narrower than what it holds.
    var block = parent;
    while (block && getComputedStyle(block).display === 'inline') { block = block.parentElement; }
    if (block && !boxesSeen.has(block)) {
      boxesSeen.add(block);
      counts.htmlBoxes++;
      if (block.scrollWidth > block.clientWidth + 1 && block !== document.body) {
        note('html-text-overflows-its-box', block, { scrollWidth: block.scrollWidth, clientWidth: block.clientWidth });
      }
    }
  }
  overlapping(fragments, function (a, b, both) {
    note('html-labels-overlap', a.element, { other: short(b.element.textContent), overlap: both });
  });

  var citations = document.getElementById('citations');
  var result = JSON.stringify({
    width: root.clientWidth,
    height: Math.ceil(root.scrollHeight),
    chartsHeight: citations ? Math.ceil(citations.getBoundingClientRect().top + window.scrollY) : Math.ceil(root.scrollHeight),
    counts: counts,
    problemCount: problems.length,
    problems: problems.slice(0, 60),
  });
  var target = window.frameElement ? window.parent.document : document;
  var out = target.createElement('pre');
  out.id = 'layout-check';
  out.hidden = true;
  out.textContent = result;
  target.body.appendChild(out);
  var renderCheck = document.getElementById('render-check');
  if (window.frameElement && renderCheck) {
    var copy = target.createElement('pre');
    copy.id = 'render-check';
    copy.hidden = true;
    copy.textContent = renderCheck.textContent;
    target.body.appendChild(copy);
  }
})();
