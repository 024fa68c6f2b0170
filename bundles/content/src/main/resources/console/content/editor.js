/* The content editor: TinyMCE on the body when the console ships it, and the media dialog.
   Everything works without this script: the textarea stays plain, the picker is a page of its own. */
(function () {
  'use strict';
  var body = document.querySelector('textarea[data-rich-text]');
  var lang = body ? body.getAttribute('data-lang') : 'uk';

  if (body && window.tinymce) {
    window.tinymce.init({
      target: body,
      language: lang === 'uk' ? 'uk' : undefined,
      menubar: false,
      // TinyMCE 6.8's status bar breaks ARIA rules (a labelled div without a role, aria-level on
      // path buttons: axe violations), and editors do not need it.
      statusbar: false,
      branding: false,
      promotion: false,
      plugins: 'link lists image code',
      toolbar: 'blocks | bold italic | link | bullist numlist | blockquote | image | undo redo | code',
      block_formats: 'Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4',
      convert_urls: false,
      relative_urls: false,
      image_caption: false,
      setup: function (editor) {
        // The form posts the textarea: keep it current for "save" and "preview" alike.
        editor.on('change input undo redo', function () { editor.save(); });
      }
    });
  }

  var dialog = document.getElementById('media-dialog');
  var coverField = document.getElementById('f-coverId');
  var coverAlt = document.getElementById('f-coverAlt');
  var coverPreview = document.getElementById('cover-preview');
  var mode = 'cover';

  function insert(url, isImage, alt, name) {
    var html = isImage ? '<img src="' + escapeHtml(url) + '" alt="' + escapeHtml(alt) + '">'
      : '<a href="' + escapeHtml(url) + '">' + escapeHtml(name || url) + '</a>';
    if (window.tinymce && window.tinymce.activeEditor) {
      window.tinymce.activeEditor.insertContent(html);
      window.tinymce.activeEditor.save();
    } else if (body) {
      var at = body.selectionStart || body.value.length;
      body.value = body.value.slice(0, at) + html + body.value.slice(at);
    }
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function load(url, options) {
    var box = dialog.querySelector('.dialog-body');
    var init = options || {};
    init.headers = { 'HX-Request': 'true' };
    init.credentials = 'same-origin';
    fetch(url, init)
      .then(function (r) {
        var next = r.headers.get('HX-Redirect'); // after an upload the console answers htmx with this
        if (next) { return fetch(next, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' }); }
        return r;
      })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        box.innerHTML = html;
        box.querySelectorAll('[data-insert-url]').forEach(function (b) { b.hidden = mode !== 'insert'; });
        box.querySelectorAll('[data-cover-id]').forEach(function (b) { b.hidden = mode !== 'cover'; });
      });
  }

  if (dialog && dialog.showModal) {
    document.querySelectorAll('[data-media-dialog]').forEach(function (link) {
      link.addEventListener('click', function (e) {
        e.preventDefault();
        mode = link.getAttribute('data-media-dialog');
        load(link.getAttribute('href'));
        dialog.showModal();
      });
    });
    dialog.addEventListener('click', function (e) {
      var target = e.target.closest ? e.target.closest('button, a') : null;
      if (!target) { return; }
      if (target.hasAttribute('data-cover-id')) {
        e.preventDefault();
        if (coverField) { coverField.value = target.getAttribute('data-cover-id'); }
        if (coverPreview) {
          coverPreview.innerHTML = '';
          var img = document.createElement('img');
          img.src = target.getAttribute('data-cover-thumb');
          img.alt = target.getAttribute('data-cover-alt') || '';
          img.width = 160;
          coverPreview.appendChild(img);
        }
        if (coverAlt && !coverAlt.value) { coverAlt.placeholder = target.getAttribute('data-cover-alt') || ''; }
        dialog.close();
      } else if (target.hasAttribute('data-insert-url')) {
        e.preventDefault();
        insert(target.getAttribute('data-insert-url'), target.getAttribute('data-insert-image') === 'true',
          target.getAttribute('data-insert-alt') || '', target.getAttribute('data-insert-name'));
        dialog.close();
      } else if (target.tagName === 'A' && target.closest('.pagination')) {
        e.preventDefault();
        load(target.getAttribute('href'));
      }
    });
    dialog.addEventListener('submit', function (e) {
      var form = e.target;
      if (form.method === 'get') { // the picker's search
        e.preventDefault();
        load(form.action + '?' + new URLSearchParams(new FormData(form)).toString());
      } else if (form.method === 'post') { // an upload: stay in the dialog, the item's form keeps what was typed
        e.preventDefault();
        load(form.action, { method: 'POST', body: new FormData(form) });
      }
    });
  }
})();
